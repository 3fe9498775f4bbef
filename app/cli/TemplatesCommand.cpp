#include "Commands.h"

#include "exchange/Template.h"

TemplatesCommand::TemplatesCommand() : Command(QStringLiteral("templates"), tr("List the built-in checklist templates.")) { }

void TemplatesCommand::configure(QCommandLineParser&) { }

int TemplatesCommand::requiredPositionals() const { return 0; }

int TemplatesCommand::execute(const QCommandLineParser&)
{
    out() << tr("ID").leftJustified(22) << tr("Domains").rightJustified(8) << tr("Items").rightJustified(7) << "  "
          << tr("Title") << '\n';
    for (const QString& id : rw::Template::builtinIds()) {
        const std::optional<rw::Template> t = rw::Template::builtin(id);
        if (!t)
            return fail(tr("The built-in template %1 is damaged in this build.").arg(id));
        out() << id.leftJustified(22) << QString::number(t->domains.size()).rightJustified(8)
              << QString::number(t->itemCount()).rightJustified(7) << "  " << t->title << '\n';
    }
    return Ok;
}
