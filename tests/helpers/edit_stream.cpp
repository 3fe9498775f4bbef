// A child process for the crash and lock tests.
//   edit_stream FILE          applies edits forever, printing "committed N" after each one is committed
//   edit_stream FILE --hold   opens FILE for writing, prints "ready" and waits to be killed
//   edit_stream FILE --attach DIR [FIRST]
//                             writes files of 64 KiB to 3 MiB into DIR and attaches them forever,
//                             printing "attached N SHA256" after each one is recorded (N from FIRST)

#include "store/Project.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QThread>
#include <cstdio>

namespace {

// Attaches generated files, each of its own content and size, until killed.
int attachForever(rw::Project& project, const QString& dir, qint64 first)
{
    const QString key = project.assessment().domains.constFirst().items.constFirst().key;
    for (qint64 n = first;; ++n) {
        QRandomGenerator random { quint32(n) };
        const qint64 size = 64 * 1024 + qint64(random.bounded(3 * 1024)) * 1024;
        QByteArray bytes(int(size), Qt::Uninitialized);
        random.fillRange(reinterpret_cast<quint32*>(bytes.data()), bytes.size() / 4);
        const QString path = QDir(dir).filePath(QStringLiteral("evidence-%1.bin").arg(n));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != size)
            return 1;
        file.close();
        rw::Evidence attached;
        if (const rw::ProjectError e = project.attachFile({ key }, path, QString(), {}, &attached)) {
            std::fprintf(stderr, "%s\n", qPrintable(e.message));
            return 1;
        }
        QFile::remove(path);
        std::printf("attached %lld %s\n", n, qPrintable(attached.sha256));
        std::fflush(stdout);
    }
}

} // namespace

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
    if (const qsizetype at = args.indexOf(QStringLiteral("--attach")); at > 0 && at + 1 < args.size())
        return attachForever(
            *project, args.at(at + 1), at + 2 < args.size() ? args.at(at + 2).toLongLong() : 1);
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
