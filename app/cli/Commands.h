#pragma once

// The readiness-cli commands, one class each (implemented in the file of the same name).

#include "Command.h"

#include "domain/Evidence.h"

#include <QJsonObject>

#define READINESS_COMMAND(Class)                                                                             \
    class Class : public Command                                                                             \
    {                                                                                                        \
        Q_DECLARE_TR_FUNCTIONS(Class)                                                                        \
                                                                                                             \
    public:                                                                                                  \
        Class();                                                                                             \
                                                                                                             \
    protected:                                                                                               \
        void configure(QCommandLineParser& parser) override;                                                 \
        int execute(const QCommandLineParser& parser) override;                                              \
        int requiredPositionals() const override;                                                            \
    };

READINESS_COMMAND(TemplatesCommand)

class EvidenceCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(EvidenceCommand)

public:
    EvidenceCommand();

protected:
    void configure(QCommandLineParser& parser) override;
    int execute(const QCommandLineParser& parser) override;
    int requiredPositionals() const override;

private:
    int change(const QCommandLineParser& parser);
};
READINESS_COMMAND(NewCommand)
READINESS_COMMAND(DemoCommand)
READINESS_COMMAND(InfoCommand)
READINESS_COMMAND(GroupsCommand)
READINESS_COMMAND(SetCommand)
READINESS_COMMAND(AdjustCommand)
READINESS_COMMAND(ScoreCommand)
READINESS_COMMAND(AttachCommand)
READINESS_COMMAND(ExtractCommand)
READINESS_COMMAND(ReportCommand)
READINESS_COMMAND(LogCommand)
READINESS_COMMAND(PlanCommand)
READINESS_COMMAND(IdentityCommand)
READINESS_COMMAND(VerifyCommand)
READINESS_COMMAND(TrustCommand)
READINESS_COMMAND(ConvertCommand)
READINESS_COMMAND(ExportCommand)
READINESS_COMMAND(ImportResultsCommand)
READINESS_COMMAND(QuestionnaireCommand)
READINESS_COMMAND(ProjectOntoCommand)
READINESS_COMMAND(MergeCommand)
READINESS_COMMAND(PackCommand)
READINESS_COMMAND(WorkshopCommand)
READINESS_COMMAND(NextCycleCommand)
READINESS_COMMAND(FlagCommand)
READINESS_COMMAND(CommentCommand)

#undef READINESS_COMMAND

class ReviewCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(ReviewCommand)

public:
    ReviewCommand();

protected:
    void configure(QCommandLineParser& parser) override;
    int execute(const QCommandLineParser& parser) override;
    int requiredPositionals() const override;

private:
    int change(rw::Project& project, const QCommandLineParser& parser);
};

// Shared by the evidence commands: a piece of evidence named by its SHA-256 (or its first 8 or more
// hex digits) or its name; nullptr with the reason when none or several match.
const rw::Evidence* findEvidence(const rw::Project& project, const QString& reference, QString* problem);
// Reads --collected DATE | --period FROM..TO and --valid-until DATE into dates; false with the reason
// on bad input. given says whether any was set.
bool evidenceDates(const QCommandLineParser& parser, rw::EvidenceDates* dates, bool* given, QString* problem);
void addEvidenceDateOptions(QCommandLineParser& parser);
// The evidence as `evidence --json` gives it: dates, review, caption, who attached it, revisions.
QJsonObject evidenceJson(const rw::Evidence& e);
