#include "Commands.h"

#include "exchange/Template.h"

TemplatesCommand::TemplatesCommand()
    : Command(QStringLiteral("templates"), tr("List the built-in checklist templates."))
{
}

void TemplatesCommand::configure(QCommandLineParser&) { }

int TemplatesCommand::requiredPositionals() const
{
    return 0;
}

int TemplatesCommand::execute(const QCommandLineParser&)
{
    QVector<QStringList> rows { { tr("ID"), tr("Domains"), tr("Items"), tr("Title") } };
    for (const QString& id : rw::Template::builtinIds()) {
        const std::optional<rw::Template> t = rw::Template::builtin(id);
        if (!t)
            return fail(tr("The built-in template %1 is damaged in this build.").arg(id));
        rows.append({ id, QString::number(t->domains.size()), QString::number(t->itemCount()), t->title });
    }
    printTable(rows, QStringLiteral("lrrl"));
    return Ok;
}
