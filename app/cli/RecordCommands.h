#pragma once

// readiness-cli finding|risk|kpi|signoff add|update|list|remove: the records a pipeline or a script keeps
// (what a scanner found, a risk, a measured KPI, an approval), through the same Project calls as the
// workbench's pages, so the same checks apply and every change is an attributed entry in the audit log.

#include "Command.h"

#include <QJsonObject>

class RecordCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(RecordCommand)

protected:
    // An option of add and update: --name VALUE.
    struct Field
    {
        QString name;
        QString description;
        QString valueName;
        bool required; // to add
    };
    // A record as list shows it.
    struct Row
    {
        qint64 id;
        QString reference; // what list shows as its id and update/remove accept
        QString uuid;
        QString title;
        QStringList cells;
        QJsonObject json;
    };

    RecordCommand(const QString& name, const QString& description);

    virtual QVector<Field> fields() const = 0;
    virtual QStringList header() const = 0;
    virtual QString alignment() const { return QString(header().size(), QLatin1Char('l')); }
    virtual QVector<Row> rows(const rw::Project& project) const = 0;
    // Adds (id 0) or changes the record from the options given; returns its id, or nullopt with the reason.
    virtual std::optional<qint64> save(
        rw::Project& project, const QCommandLineParser& parser, qint64 id, QString* problem)
        = 0;
    virtual rw::ProjectError remove(rw::Project& project, qint64 id) = 0;
    virtual QString emptyText() const = 0;

    // A number option; with allowEmpty, "" is NaN (clear the value).
    static std::optional<double> number(
        const QCommandLineParser& parser, const QString& option, bool allowEmpty, QString* problem);
    // A date option as YYYY-MM-DD; "" is an invalid QDate (clear the date).
    static std::optional<QDate> date(
        const QCommandLineParser& parser, const QString& option, QString* problem);
    static QString unknownKey(const QString& option, const QString& value, const QStringList& keys);
    // A vocabulary option (a key of E) into *target when given; false with the reason on an unknown key.
    template <typename E>
    static bool enumOption(
        const QCommandLineParser& parser, const QString& option, E* target, QString* problem)
    {
        if (!parser.isSet(option))
            return true;
        const std::optional<E> value = rw::fromKey<E>(parser.value(option));
        if (!value) {
            *problem = unknownKey(option, parser.value(option), rw::allKeys<E>());
            return false;
        }
        *target = *value;
        return true;
    }

private:
    void configure(QCommandLineParser& parser) override;
    int execute(const QCommandLineParser& parser) override;
    int requiredPositionals() const override;
    QStringList givenFields(const QCommandLineParser& parser) const;
    QString optionList() const;
};

#define READINESS_RECORD_COMMAND(Class)                                                                      \
    class Class : public RecordCommand                                                                       \
    {                                                                                                        \
        Q_DECLARE_TR_FUNCTIONS(Class)                                                                        \
                                                                                                             \
    public:                                                                                                  \
        Class();                                                                                             \
                                                                                                             \
    protected:                                                                                               \
        QVector<Field> fields() const override;                                                              \
        QStringList header() const override;                                                                 \
        QVector<Row> rows(const rw::Project& project) const override;                                        \
        std::optional<qint64> save(                                                                          \
            rw::Project& project, const QCommandLineParser& parser, qint64 id, QString* problem) override;   \
        rw::ProjectError remove(rw::Project& project, qint64 id) override;                                   \
        QString emptyText() const override;                                                                  \
    };

READINESS_RECORD_COMMAND(FindingCommand)
READINESS_RECORD_COMMAND(RiskCommand)
READINESS_RECORD_COMMAND(KpiCommand)
READINESS_RECORD_COMMAND(SignOffCommand)

#undef READINESS_RECORD_COMMAND
