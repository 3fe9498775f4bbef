// Importing a large OSCAL catalog: about 300 controls and 6,000 parts in 7.8 MB (more bytes than the 4 MB
// of the target), made from the NIST
// SP 800-53 LOW baseline in tests/data by repeating its families under new ids, read as a template
// (file read, JSON parse, parameters resolved, statements rendered, the template checked). Prints
// Markdown table rows; tests/bench/run.sh writes them into docs/PERFORMANCE.md.

#include "BenchProject.h"

#include "exchange/Template.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <cstdio>

using BenchProject::medianMs;

namespace {

int countParts(const QJsonValue& v)
{
    int n = 0;
    if (v.isObject()) {
        const QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (it.key() == QLatin1String("parts"))
                n += int(it.value().toArray().size());
            n += countParts(it.value());
        }
    } else if (v.isArray()) {
        for (const QJsonValue& x : v.toArray())
            n += countParts(x);
    }
    return n;
}

// The same group under new ids (`suffix`), controls and enhancements renamed with it.
QJsonObject renamed(QJsonObject o, const QString& suffix)
{
    if (o.contains(QLatin1String("id")))
        o.insert(QStringLiteral("id"), QString(o.value(QLatin1String("id")).toString() + suffix));
    for (const char* children : { "groups", "controls" }) {
        QJsonArray renamedChildren;
        for (const QJsonValue& c : o.value(QLatin1String(children)).toArray())
            renamedChildren.append(renamed(c.toObject(), suffix));
        if (!renamedChildren.isEmpty())
            o.insert(QLatin1String(children), renamedChildren);
    }
    return o;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() < 2) {
        std::fprintf(stderr, "usage: bench_import WORKDIR\n");
        return 2;
    }
    QFile low(QStringLiteral(READINESS_SOURCE_DIR
        "/tests/data/third-party/oscal/NIST_SP-800-53_rev5_LOW-baseline-resolved-profile_catalog.json"));
    if (!low.open(QIODevice::ReadOnly))
        return 1;
    QJsonObject root = QJsonDocument::fromJson(low.readAll()).object();
    QJsonObject catalog = root.value(QStringLiteral("catalog")).toObject();
    const QJsonArray groups = catalog.value(QStringLiteral("groups")).toArray();
    QJsonArray twice;
    for (const QString& suffix : { QStringLiteral("-a"), QStringLiteral("-b") }) {
        for (const QJsonValue& g : groups)
            twice.append(renamed(g.toObject(), suffix));
    }
    catalog.insert(QStringLiteral("groups"), twice);
    root.insert(QStringLiteral("catalog"), catalog);
    const QByteArray bytes = QJsonDocument(root).toJson(QJsonDocument::Indented);
    const QString path = QDir(args.at(1)).filePath(QStringLiteral("large-catalog.json"));
    QFile out(path);
    if (!out.open(QIODevice::WriteOnly) || out.write(bytes) != bytes.size())
        return 1;
    out.close();
    const int parts = countParts(root);

    int controls = 0;
    QString error;
    const double importMs = medianMs(7, [&] {
        const std::optional<rw::Template> t = rw::Template::load(path, &error);
        if (!t)
            qFatal("import failed: %s", qPrintable(error));
        controls = t->itemCount();
    });
    std::printf("| Import an OSCAL catalog of %.1f MB: %d controls and enhancements, %d parts (median of 7) "
                "| %.0f ms | <= 1 s | %s |\n",
        bytes.size() / 1e6, controls, parts, importMs, importMs <= 1000 ? "met" : "**missed**");
    return 0;
}
