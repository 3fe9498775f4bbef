#pragma once

// An open assessment: the project file together with its content in memory and the scores kept current.
// Every change goes through here: one transaction writes it with its audit row, then memory is updated
// and the signals tell views to repaint. The GUI's undo commands, the CLI and the demo builder all use
// the same calls, so there is one way to change a project.

#include "EvidenceStore.h"
#include "ProjectFile.h"
#include "exchange/Template.h"
#include "scoring/Scoring.h"

#include <QObject>
#include <memory>

namespace rw {

class Project : public QObject
{
    Q_OBJECT

public:
    struct ItemRef
    {
        int domain = -1;
        int item = -1;
        bool isValid() const { return domain >= 0 && item >= 0; }
    };

    ~Project() override;

    static std::unique_ptr<Project> open(const QString& path, ProjectFile::Access access, ProjectError* error);
    static std::unique_ptr<Project> create(const QString& path, const Template& tmpl, const QString& title,
        const QString& by, ProjectError* error);
    // The name recorded in "changed by" when nobody says otherwise: the login name.
    static QString defaultUser();

    const Assessment& assessment() const { return m_assessment; }
    const Scoreboard& scores() const { return m_scores; }
    ProjectFile& file() { return *m_file; }
    const ProjectFile& file() const { return *m_file; }
    QString path() const { return m_file->path(); }
    bool isReadOnly() const { return m_file->isReadOnly(); }

    QString user() const { return m_user; }
    void setUser(const QString& user) { m_user = user.trimmed().isEmpty() ? defaultUser() : user.trimmed(); }

    ItemRef findItem(const QString& key) const { return m_itemIndex.value(key); }
    const Item* item(const QString& key) const;
    const Item& item(ItemRef ref) const { return m_assessment.domains.at(ref.domain).items.at(ref.item); }

    // Writes every field of the item that differs from updated (status, points, note, owner, ...).
    ProjectError updateItem(const QString& key, const Item& updated);
    ProjectError setItemStatus(const QString& key, ItemStatus status, std::optional<double> partialPoints = {});
    ProjectError setItemNote(const QString& key, const QString& note);
    ProjectError setItemOwner(const QString& key, const QString& owner);

    ProjectError setInfo(const AssessmentInfo& info);
    // domainKey empty for the overall score. A reason is required.
    ProjectError setAdjustment(const QString& domainKey, double score, const QString& reason);
    ProjectError clearAdjustment(const QString& domainKey);

    ProjectError addFinding(const Finding& finding, qint64* id = nullptr);
    ProjectError addRisk(const Risk& risk, qint64* id = nullptr);
    ProjectError addKpi(const Kpi& kpi, qint64* id = nullptr);
    ProjectError addSignOff(const SignOff& signOff, qint64* id = nullptr);
    ProjectError takeSnapshot(const QString& name, const QDateTime& at = {}, qint64* id = nullptr);

    // Streams a file into the project and links it to the items; the same content is stored once.
    ProjectError attachFile(const QStringList& itemKeys, const QString& path, const QString& caption,
        const EvidenceStore::Progress& progress = {}, Evidence* attached = nullptr);
    ProjectError extractEvidence(const QString& sha256, const QString& outPath,
        const EvidenceStore::Progress& progress = {}) const;
    const Evidence* evidenceBySha(const QString& sha256) const;
    QVector<const Evidence*> evidenceForItem(const QString& itemKey) const;

    QString auditHead() const;
    QVector<AuditEntry> auditLog(qint64 limit = -1) const;
    AuditVerdict verifyAudit() const;

signals:
    void itemChanged(int domainIndex, int itemIndex);
    void scoresChanged();
    // Anything else changed (metadata, findings, evidence, ...): views showing it reload.
    void contentChanged();

private:
    explicit Project(std::unique_ptr<ProjectFile> file);
    ProjectError load();
    void reindex();
    AuditEntry audit(const QString& action, const QString& entity, const QString& key, const QString& before,
        const QString& after) const;
    ProjectError reloadAfter(const ProjectError& writeResult);

    std::unique_ptr<ProjectFile> m_file;
    Assessment m_assessment;
    Scoreboard m_scores;
    QHash<QString, ItemRef> m_itemIndex;
    QString m_user;
};

} // namespace rw
