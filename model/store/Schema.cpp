#include "Schema.h"

namespace rw::Schema {

namespace {

// Version 1: the first released schema.
QStringList version1()
{
    return {
        QStringLiteral(R"(CREATE TABLE assessment (
            id INTEGER PRIMARY KEY CHECK (id = 1),
            title TEXT NOT NULL DEFAULT '',
            system TEXT NOT NULL DEFAULT '',
            assessment_date TEXT,
            team TEXT NOT NULL DEFAULT '',
            scope TEXT NOT NULL DEFAULT '',
            next_review TEXT,
            decision TEXT NOT NULL DEFAULT 'none'
                CHECK (decision IN ('none', 'approved', 'approved-with-conditions', 'rejected')),
            conditions TEXT NOT NULL DEFAULT '',
            template_id TEXT NOT NULL DEFAULT '',
            template_version TEXT NOT NULL DEFAULT '',
            bands TEXT NOT NULL DEFAULT '{}',
            created_at TEXT NOT NULL))"),
        QStringLiteral(R"(CREATE TABLE domain (
            id INTEGER PRIMARY KEY,
            key TEXT NOT NULL UNIQUE,
            title TEXT NOT NULL,
            description TEXT NOT NULL DEFAULT '',
            weight REAL CHECK (weight IS NULL OR weight >= 0),
            target REAL CHECK (target IS NULL OR (target >= 0 AND target <= 100)),
            position INTEGER NOT NULL))"),
        QStringLiteral(R"(CREATE TABLE item (
            id INTEGER PRIMARY KEY,
            key TEXT NOT NULL UNIQUE,
            domain_id INTEGER NOT NULL REFERENCES domain (id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            text TEXT NOT NULL,
            guidance TEXT NOT NULL DEFAULT '',
            points REAL NOT NULL DEFAULT 1 CHECK (points > 0),
            status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'met', 'partial', 'unmet', 'na')),
            partial_points REAL CHECK (partial_points IS NULL OR partial_points >= 0),
            blocker INTEGER NOT NULL DEFAULT 0,
            owner TEXT NOT NULL DEFAULT '',
            note TEXT NOT NULL DEFAULT '',
            changed_by TEXT NOT NULL DEFAULT '',
            changed_at TEXT))"),
        QStringLiteral("CREATE INDEX item_domain ON item (domain_id, position)"),
        QStringLiteral(R"(CREATE TABLE finding (
            id INTEGER PRIMARY KEY,
            title TEXT NOT NULL,
            description TEXT NOT NULL DEFAULT '',
            priority TEXT NOT NULL DEFAULT 'medium' CHECK (priority IN ('critical', 'high', 'medium', 'low')),
            effort_hours REAL CHECK (effort_hours IS NULL OR effort_hours >= 0),
            owner TEXT NOT NULL DEFAULT '',
            due_date TEXT,
            state TEXT NOT NULL DEFAULT 'open' CHECK (state IN ('open', 'in-progress', 'done'))))"),
        QStringLiteral(R"(CREATE TABLE finding_item (
            finding_id INTEGER NOT NULL REFERENCES finding (id) ON DELETE CASCADE,
            item_id INTEGER NOT NULL REFERENCES item (id) ON DELETE CASCADE,
            PRIMARY KEY (finding_id, item_id)))"),
        QStringLiteral(R"(CREATE TABLE risk (
            id INTEGER PRIMARY KEY,
            title TEXT NOT NULL,
            category TEXT NOT NULL DEFAULT 'technical'
                CHECK (category IN ('technical', 'business', 'operational')),
            probability INTEGER NOT NULL CHECK (probability BETWEEN 1 AND 5),
            impact INTEGER NOT NULL CHECK (impact BETWEEN 1 AND 5),
            mitigation TEXT NOT NULL DEFAULT '',
            owner TEXT NOT NULL DEFAULT '',
            state TEXT NOT NULL DEFAULT 'open' CHECK (state IN ('open', 'mitigated', 'accepted', 'closed'))))"),
        QStringLiteral(R"(CREATE TABLE kpi (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL,
            unit TEXT NOT NULL DEFAULT '',
            target REAL NOT NULL,
            comparator TEXT NOT NULL DEFAULT '>=' CHECK (comparator IN ('>=', '<=', '=')),
            actual REAL))"),
        QStringLiteral(R"(CREATE TABLE signoff (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL,
            role TEXT NOT NULL DEFAULT '',
            decision TEXT NOT NULL
                CHECK (decision IN ('none', 'approved', 'approved-with-conditions', 'rejected')),
            conditions TEXT NOT NULL DEFAULT '',
            signed_at TEXT NOT NULL))"),
        // domain_id NULL is the overall score; the unique index keeps one adjustment per target.
        QStringLiteral(R"(CREATE TABLE adjustment (
            id INTEGER PRIMARY KEY,
            domain_id INTEGER REFERENCES domain (id) ON DELETE CASCADE,
            score REAL NOT NULL CHECK (score >= 0 AND score <= 100),
            reason TEXT NOT NULL CHECK (length(trim(reason)) > 0),
            by TEXT NOT NULL DEFAULT '',
            at TEXT NOT NULL))"),
        QStringLiteral("CREATE UNIQUE INDEX adjustment_target ON adjustment (ifnull(domain_id, 0))"),
        QStringLiteral(R"(CREATE TABLE snapshot (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL,
            taken_at TEXT NOT NULL,
            by TEXT NOT NULL DEFAULT '',
            overall REAL,
            data TEXT NOT NULL))"),
        // Evidence bytes: one row per file content, its bytes in chunks so that no read or write ever
        // needs the whole file in memory. complete = 0 marks an import still under way (or cut short).
        QStringLiteral(R"(CREATE TABLE blob (
            id INTEGER PRIMARY KEY,
            sha256 TEXT UNIQUE,
            size INTEGER NOT NULL DEFAULT 0,
            complete INTEGER NOT NULL DEFAULT 0))"),
        QStringLiteral(R"(CREATE TABLE blob_chunk (
            blob_id INTEGER NOT NULL REFERENCES blob (id) ON DELETE CASCADE,
            seq INTEGER NOT NULL,
            data BLOB NOT NULL,
            PRIMARY KEY (blob_id, seq)))"),
        QStringLiteral(R"(CREATE TABLE evidence (
            id INTEGER PRIMARY KEY,
            sha256 TEXT UNIQUE,
            url TEXT NOT NULL DEFAULT '',
            name TEXT NOT NULL,
            mime TEXT NOT NULL DEFAULT '',
            size INTEGER NOT NULL DEFAULT 0,
            caption TEXT NOT NULL DEFAULT '',
            added_by TEXT NOT NULL DEFAULT '',
            added_at TEXT NOT NULL,
            CHECK ((sha256 IS NULL) != (url = ''))))"),
        QStringLiteral(R"(CREATE TABLE evidence_item (
            evidence_id INTEGER NOT NULL REFERENCES evidence (id) ON DELETE CASCADE,
            item_id INTEGER NOT NULL REFERENCES item (id) ON DELETE CASCADE,
            PRIMARY KEY (evidence_id, item_id)))"),
        QStringLiteral(R"(CREATE TABLE audit (
            id INTEGER PRIMARY KEY,
            at TEXT NOT NULL,
            by TEXT NOT NULL,
            action TEXT NOT NULL,
            entity TEXT NOT NULL,
            entity_key TEXT NOT NULL,
            before TEXT NOT NULL,
            after TEXT NOT NULL,
            prev_hash TEXT NOT NULL,
            hash TEXT NOT NULL))"),
    };
}

// Version 2: an assessor's effort estimate per item, used by the path to ready when no linked
// recommendation gives one.
QStringList version2()
{
    return { QStringLiteral(
        "ALTER TABLE item ADD COLUMN effort_hours REAL CHECK (effort_hours IS NULL OR effort_hours >= 0)") };
}

// Version 3: the choices and risk rules of Well-Architected questions, and the choices that apply.
QStringList version3()
{
    return { QStringLiteral("ALTER TABLE item ADD COLUMN choices TEXT NOT NULL DEFAULT '[]'"),
        QStringLiteral("ALTER TABLE item ADD COLUMN risk_rules TEXT NOT NULL DEFAULT '[]'"),
        QStringLiteral("ALTER TABLE item ADD COLUMN selected_choices TEXT NOT NULL DEFAULT '[]'") };
}

// A random (version 4) UUID computed by SQLite, for rows written before identities existed and for any
// row inserted without one.
QString uuidExpression()
{
    return QStringLiteral(
        "lower(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' || substr(hex(randomblob(2)), 2) || "
        "'-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(hex(randomblob(2)), 2) || '-' || "
        "hex(randomblob(6)))");
}

// Version 4: a stable identity for the assessment and every record in it, the same in every copy of the
// file (integer ids stay local storage), and the identity of the record each audit entry changed.
QStringList version4()
{
    QStringList sql;
    const QStringList tables { QStringLiteral("assessment"), QStringLiteral("domain"), QStringLiteral("item"),
        QStringLiteral("finding"), QStringLiteral("finding_item"), QStringLiteral("risk"),
        QStringLiteral("kpi"), QStringLiteral("signoff"), QStringLiteral("adjustment"),
        QStringLiteral("snapshot"), QStringLiteral("evidence"), QStringLiteral("evidence_item") };
    for (const QString& table : tables) {
        sql << QStringLiteral("ALTER TABLE %1 ADD COLUMN uuid TEXT").arg(table)
            << QStringLiteral("UPDATE %1 SET uuid = %2 WHERE ifnull(uuid, '') = ''")
                   .arg(table, uuidExpression())
            << QStringLiteral("CREATE UNIQUE INDEX %1_uuid ON %1 (uuid)").arg(table)
            << QStringLiteral(
                   "CREATE TRIGGER %1_uuid_given AFTER INSERT ON %1 WHEN ifnull(NEW.uuid, '') = '' BEGIN "
                   "UPDATE %1 SET uuid = %2 WHERE rowid = NEW.rowid; END")
                   .arg(table, uuidExpression());
    }
    sql << QStringLiteral("ALTER TABLE audit ADD COLUMN entity_uuid TEXT NOT NULL DEFAULT ''");
    return sql;
}

} // namespace

// Version 5: each audit entry names the device that wrote it and carries its signature, and the log's
// length and head are kept in a checkpoint signed by the device that wrote last.
QStringList version5()
{
    return { QStringLiteral("ALTER TABLE audit ADD COLUMN device TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE audit ADD COLUMN signature TEXT NOT NULL DEFAULT ''"),
        QStringLiteral(
            "CREATE TABLE audit_checkpoint (id INTEGER PRIMARY KEY CHECK (id = 1), rows INTEGER NOT "
            "NULL, head TEXT NOT NULL, device TEXT NOT NULL, signature TEXT NOT NULL)") };
}

// Version 6: a sign-off records the audit log's length and head when it was given, the state it approved.
QStringList version6()
{
    return { QStringLiteral("ALTER TABLE signoff ADD COLUMN audit_rows INTEGER NOT NULL DEFAULT 0"),
        QStringLiteral("ALTER TABLE signoff ADD COLUMN audit_head TEXT NOT NULL DEFAULT ''") };
}

// Version 7: the log is a graph. Each entry carries its hybrid logical clock and its parents' hashes;
// entries are found by hash.
QStringList version7()
{
    return { QStringLiteral("ALTER TABLE audit ADD COLUMN hlc TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE audit ADD COLUMN parents TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("CREATE INDEX audit_hash ON audit (hash)") };
}

// Version 8: answers other than a status. Per item the question (type, levels or choices with scores,
// rules, target, condition, implementation groups; '{}' for a status item) and the answer as given; per
// assessment the implementation groups in scope.
QStringList version8()
{
    return { QStringLiteral("ALTER TABLE item ADD COLUMN question TEXT NOT NULL DEFAULT '{}'"),
        QStringLiteral("ALTER TABLE item ADD COLUMN answer TEXT NOT NULL DEFAULT ''"),
        QStringLiteral(
            "ALTER TABLE assessment ADD COLUMN implementation_groups TEXT NOT NULL DEFAULT '[]'") };
}

// Version 9: evidence that ages and is reviewed, a review before sign-off, findings as auditors write
// them and the previous cycle's answers. Per evidence the period it covers, its last valid day, a
// reviewer's verdict and its earlier versions; per item a work state, an open flag's reason and the last
// cycle's answer; per domain the reviewer's sign-off; comments on items (by the item's UUID, so that a
// removed and restored item keeps them); per finding the auditor's fields and a grade; per assessment
// the grades findings are given and the period the assessment covers.
QStringList version9()
{
    QStringList sql {
        QStringLiteral("ALTER TABLE evidence ADD COLUMN collected_from TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE evidence ADD COLUMN collected_to TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE evidence ADD COLUMN valid_until TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE evidence ADD COLUMN review TEXT NOT NULL DEFAULT 'unreviewed' "
                       "CHECK (review IN ('unreviewed', 'accepted', 'rejected'))"),
        QStringLiteral("ALTER TABLE evidence ADD COLUMN review_reason TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE evidence ADD COLUMN reviewed_by TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE evidence ADD COLUMN revisions TEXT NOT NULL DEFAULT '[]'"),
        QStringLiteral("ALTER TABLE item ADD COLUMN work_state TEXT NOT NULL DEFAULT 'todo' "
                       "CHECK (work_state IN ('todo', 'review', 'done'))"),
        QStringLiteral("ALTER TABLE item ADD COLUMN flag TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE item ADD COLUMN previous TEXT NOT NULL DEFAULT '{}'"),
        QStringLiteral("ALTER TABLE domain ADD COLUMN reviewed_by TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE domain ADD COLUMN reviewed_at TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE assessment ADD COLUMN finding_grades TEXT NOT NULL DEFAULT '[]'"),
        QStringLiteral("ALTER TABLE assessment ADD COLUMN period_from TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE assessment ADD COLUMN period_to TEXT NOT NULL DEFAULT ''"),
        QStringLiteral(R"(CREATE TABLE comment (
            id INTEGER PRIMARY KEY,
            uuid TEXT,
            item_uuid TEXT NOT NULL,
            parent_uuid TEXT NOT NULL DEFAULT '',
            text TEXT NOT NULL CHECK (length(trim(text)) > 0),
            by TEXT NOT NULL DEFAULT '',
            at TEXT NOT NULL,
            resolved INTEGER NOT NULL DEFAULT 0,
            resolved_by TEXT NOT NULL DEFAULT ''))"),
        QStringLiteral("CREATE UNIQUE INDEX comment_uuid ON comment (uuid)"),
        QStringLiteral(
            "CREATE TRIGGER comment_uuid_given AFTER INSERT ON comment WHEN ifnull(NEW.uuid, '') = '' BEGIN "
            "UPDATE comment SET uuid = %1 WHERE rowid = NEW.rowid; END")
            .arg(uuidExpression()),
    };
    for (const char* column : { "criteria", "cause", "effect", "recommendation", "response", "response_owner",
             "response_date", "grade" })
        sql << QStringLiteral("ALTER TABLE finding ADD COLUMN %1 TEXT NOT NULL DEFAULT ''")
                   .arg(QLatin1String(column));
    return sql;
}

QStringList step(int toVersion)
{
    switch (toVersion) {
    case 1:
        return version1();
    case 2:
        return version2();
    case 3:
        return version3();
    case 4:
        return version4();
    case 5:
        return version5();
    case 6:
        return version6();
    case 7:
        return version7();
    case 8:
        return version8();
    case 9:
        return version9();
    default:
        return {};
    }
}

} // namespace rw::Schema
