#pragma once

// The readiness-cli commands, one class each (implemented in the file of the same name).

#include "Command.h"

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
READINESS_COMMAND(NewCommand)
READINESS_COMMAND(DemoCommand)
READINESS_COMMAND(InfoCommand)
READINESS_COMMAND(GroupsCommand)
READINESS_COMMAND(SetCommand)
READINESS_COMMAND(AdjustCommand)
READINESS_COMMAND(ScoreCommand)
READINESS_COMMAND(AttachCommand)
READINESS_COMMAND(EvidenceCommand)
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

#undef READINESS_COMMAND
