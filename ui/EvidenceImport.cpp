#include "EvidenceImport.h"

#include <QAtomicInteger>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimer>
#include <QtConcurrent>

EvidenceImport::EvidenceImport(const QString& projectPath, const QString& filePath, QObject* parent)
    : QObject(parent)
    , m_projectPath(projectPath)
    , m_filePath(filePath)
{
    connect(&m_watcher, &QFutureWatcher<Result>::finished, this, [this] {
        const Result r = m_watcher.result();
        emit finished(r.stored, r.error);
    });
}

EvidenceImport::~EvidenceImport()
{
    m_cancelled = true;
    m_watcher.waitForFinished();
}

void EvidenceImport::start()
{
    // Progress is polled, not signalled per chunk, so that a fast import does not flood the event loop.
    auto* poll = new QTimer(this);
    poll->setInterval(100);
    connect(poll, &QTimer::timeout, this, [this] { emit progress(m_done, m_total); });
    connect(&m_watcher, &QFutureWatcher<Result>::finished, poll, &QTimer::stop);
    poll->start();
    m_watcher.setFuture(QtConcurrent::run([this] { return run(); }));
}

EvidenceImport::Result EvidenceImport::run()
{
    static QAtomicInteger<quint64> counter;
    const QString connection = QStringLiteral("readiness-import-%1").arg(counter.fetchAndAddRelaxed(1));
    Result result;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(m_projectPath);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
        if (!db.open()) {
            result.error = rw::ProjectError::make(rw::ProjectError::Kind::Io, db.lastError().text());
        } else {
            QSqlQuery(db).exec(QStringLiteral("PRAGMA foreign_keys = ON"));
            result.stored = rw::EvidenceStore::importFile(
                db, m_filePath,
                [this](qint64 done, qint64 total) {
                    m_done = done;
                    m_total = total;
                    return !m_cancelled.load();
                },
                &result.error);
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(connection);
    return result;
}
