// Merging two copies of the 10,000-item project, each with 1,000 edits made on its own laptop (its own
// device key), 100 of them to the same fields as the other copy: the preview and the merge, and the
// size of a pack against the number of changes it carries. Prints Markdown table rows.
//   bench_merge WORKDIR

#include "BenchProject.h"

#include "signing/DeviceIdentity.h"
#include "store/Merge.h"
#include "store/Pack.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

using namespace rw;

namespace {

// edits status and note changes, as device, on random items; the first shared of them on the items
// every copy edits (the same fields, other values).
bool edit(
    const QString& path, const DeviceIdentity* device, const QString& by, int edits, int shared, quint32 seed)
{
    DeviceIdentity::setCurrent(device);
    ProjectError error;
    auto p = Project::open(path, ProjectFile::Access::ReadWrite, &error);
    if (!p) {
        std::fprintf(stderr, "%s\n", qPrintable(error.message));
        return false;
    }
    p->setUser(by);
    QRandomGenerator random(seed);
    const ItemStatus statuses[] = { ItemStatus::Met, ItemStatus::Partial, ItemStatus::Unmet };
    for (int i = 0; i < edits; ++i) {
        const int d = i < shared ? i % BenchProject::Domains : int(random.bounded(BenchProject::Domains));
        // Apart from the shared ones, each laptop works on its own part of every domain.
        const int n = i < shared ? i : 100 + int(seed % 2) * 200 + int(random.bounded(200));
        const QString key
            = QStringLiteral("D%1-%2").arg(d, 2, 10, QLatin1Char('0')).arg(n, 4, 10, QLatin1Char('0'));
        const ProjectError e = i % 2 ? p->setItemNote(key, QStringLiteral("%1: note %2").arg(by).arg(i))
                                     : p->setItemStatus(key, statuses[(i / 2 + seed) % 3]);
        if (e) {
            std::fprintf(stderr, "%s\n", qPrintable(e.message));
            return false;
        }
    }
    DeviceIdentity::setCurrent(nullptr);
    return true;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: bench_merge WORKDIR\n");
        return 2;
    }
    const QDir work(QString::fromLocal8Bit(argv[1]));
    QString error;
    auto ann = DeviceIdentity::loadOrCreate(work.filePath(QStringLiteral("device-ann")), &error);
    auto ben = DeviceIdentity::loadOrCreate(work.filePath(QStringLiteral("device-ben")), &error);
    if (!ann || !ben) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    const QString base = work.filePath(QStringLiteral("merge-base.readiness"));
    const QString a = work.filePath(QStringLiteral("merge-a.readiness"));
    const QString b = work.filePath(QStringLiteral("merge-b.readiness"));
    for (const QString& f : { base, a, b })
        QFile::remove(f);
    {
        DeviceIdentity::setCurrent(ann.get());
        ProjectError e;
        if (!Project::create(
                base, BenchProject::generatedTemplate(), QString(), QStringLiteral("bench"), &e)) {
            std::fprintf(stderr, "%s\n", qPrintable(e.message));
            return 1;
        }
    }
    QFile::copy(base, a);
    QFile::copy(base, b);
    constexpr int Edits = 1000;
    constexpr int Shared = 100;
    if (!edit(a, ann.get(), QStringLiteral("Ann"), Edits, Shared, 1)
        || !edit(b, ben.get(), QStringLiteral("Ben"), Edits, Shared, 2))
        return 1;

    DeviceIdentity::setCurrent(ann.get());
    ProjectError e;
    int conflicts = 0;
    int incoming = 0;
    std::unique_ptr<MergeSource> source;
    const double openSource = BenchProject::medianMs(3, [&] { source = Merge::openSource(b, &e); });
    auto into = Project::open(a, ProjectFile::Access::ReadOnly, &e);
    if (!source || !into) {
        std::fprintf(stderr, "%s\n", qPrintable(e.message));
        return 1;
    }
    const double preview = BenchProject::medianMs(5, [&] {
        const MergePreview p = Merge::preview(*into, *source);
        conflicts = int(p.conflicts.size());
        incoming = int(p.incoming.size());
    });
    into.reset();
    QVector<double> mergeTimes;
    BenchProject::medianMs(3, [&] {
        const QString target = work.filePath(QStringLiteral("merge-target.readiness"));
        QFile::remove(target);
        QFile::copy(a, target);
        auto p = Project::open(target, ProjectFile::Access::ReadWrite, &e);
        QElapsedTimer t;
        t.start();
        if (const ProjectError failed = Merge::apply(*p, *source))
            std::fprintf(stderr, "%s\n", qPrintable(failed.message));
        mergeTimes.append(t.nsecsElapsed() / 1e6);
    });
    std::sort(mergeTimes.begin(), mergeTimes.end());
    const double merge = mergeTimes.at(mergeTimes.size() / 2);
    // Packs: all of Ben's changes, and the last tenth of them.
    auto benProject = Project::open(b, ProjectFile::Access::ReadOnly, &e);
    const QVector<AuditEntry> all = Pack::missingFrom(*benProject, *Merge::openSource(base, &e));
    const QString packAll = work.filePath(QStringLiteral("all.rwpack"));
    const QString packTenth = work.filePath(QStringLiteral("tenth.rwpack"));
    QFile::remove(packAll);
    QFile::remove(packTenth);
    Pack::write(*benProject, all, packAll);
    Pack::write(*benProject, all.mid(all.size() - all.size() / 10), packTenth);
    const double project = QFileInfo(b).size() / 1e6;
    DeviceIdentity::setCurrent(nullptr);
    const auto verdict = [](double ms) { return ms < 1000 ? "met" : "missed"; };
    std::printf("| Preview of merging two copies of the 10,000-item project, 1,000 edits each (%d entries "
                "brought, %d conflicts; median of 5) | %.0f ms | < 1 s | %s |\n",
        incoming, conflicts, preview, verdict(preview));
    std::printf("| The merge itself, written and checked (median of 3) | %.0f ms | < 1 s | %s |\n", merge,
        verdict(merge));
    std::printf(
        "| Opening the other copy as a merge source (its whole log verified; median of 3) | %.0f ms | | |\n",
        openSource);
    std::printf("| Pack of %d changes | %.1f KB (%.0f bytes per change) | | |\n", int(all.size()),
        QFileInfo(packAll).size() / 1e3, double(QFileInfo(packAll).size()) / all.size());
    std::printf("| Pack of %d changes | %.1f KB (%.0f bytes per change) | proportional | |\n",
        int(all.size() / 10), QFileInfo(packTenth).size() / 1e3,
        double(QFileInfo(packTenth).size()) / (all.size() / 10));
    std::printf("| The project file the packs come from | %.1f MB | | |\n", project);
    return 0;
}
