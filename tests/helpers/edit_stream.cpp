// A child process for the crash and lock tests.
//   edit_stream FILE          applies edits forever, printing "committed N" after each one is committed
//   edit_stream FILE --hold   opens FILE for writing, prints "ready" and waits to be killed

#include "store/Project.h"

#include <QCoreApplication>
#include <QThread>
#include <cstdio>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("edit_stream"));
    const QStringList args = QCoreApplication::arguments();
    if (args.size() < 2)
        return 2;
    rw::ProjectError error;
    auto project = rw::Project::open(args.at(1), rw::ProjectFile::Access::ReadWrite, &error);
    if (!project || project->isReadOnly()) {
        std::fprintf(stderr, "%s\n", qPrintable(error.message));
        return 2;
    }
    if (args.contains(QStringLiteral("--hold"))) {
        std::printf("ready\n");
        std::fflush(stdout);
        while (true)
            QThread::sleep(1);
    }
    QStringList keys;
    for (const rw::Domain& d : project->assessment().domains) {
        for (const rw::Item& i : d.items)
            keys << i.key;
    }
    const rw::ItemStatus cycle[] = { rw::ItemStatus::Met, rw::ItemStatus::Partial, rw::ItemStatus::Unmet,
        rw::ItemStatus::NotApplicable };
    for (qint64 n = 1;; ++n) {
        const QString& key = keys.at(int(n % keys.size()));
        rw::Item updated = *project->item(key);
        updated.note = QStringLiteral("edit %1").arg(n);
        updated.status = cycle[n % 4];
        if (const rw::ProjectError e = project->updateItem(key, updated)) {
            std::fprintf(stderr, "%s\n", qPrintable(e.message));
            return 1;
        }
        std::printf("committed %lld %s\n", n, qPrintable(key));
        std::fflush(stdout);
    }
}
