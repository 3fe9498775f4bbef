#include "Commands.h"
#include "RecordCommands.h"

std::vector<std::unique_ptr<Command>> allCommands()
{
    std::vector<std::unique_ptr<Command>> commands;
    commands.push_back(std::make_unique<TemplatesCommand>());
    commands.push_back(std::make_unique<NewCommand>());
    commands.push_back(std::make_unique<DemoCommand>());
    commands.push_back(std::make_unique<InfoCommand>());
    commands.push_back(std::make_unique<GroupsCommand>());
    commands.push_back(std::make_unique<SetCommand>());
    commands.push_back(std::make_unique<AdjustCommand>());
    commands.push_back(std::make_unique<ScoreCommand>());
    commands.push_back(std::make_unique<PlanCommand>());
    commands.push_back(std::make_unique<AttachCommand>());
    commands.push_back(std::make_unique<EvidenceCommand>());
    commands.push_back(std::make_unique<FindingCommand>());
    commands.push_back(std::make_unique<RiskCommand>());
    commands.push_back(std::make_unique<KpiCommand>());
    commands.push_back(std::make_unique<SignOffCommand>());
    commands.push_back(std::make_unique<FlagCommand>());
    commands.push_back(std::make_unique<NextCycleCommand>());
    commands.push_back(std::make_unique<CommentCommand>());
    commands.push_back(std::make_unique<ReviewCommand>());
    commands.push_back(std::make_unique<ExtractCommand>());
    commands.push_back(std::make_unique<ConvertCommand>());
    commands.push_back(std::make_unique<ExportCommand>());
    commands.push_back(std::make_unique<ImportResultsCommand>());
    commands.push_back(std::make_unique<QuestionnaireCommand>());
    commands.push_back(std::make_unique<ProjectOntoCommand>());
    commands.push_back(std::make_unique<ReportCommand>());
    commands.push_back(std::make_unique<VerifyCommand>());
    commands.push_back(std::make_unique<TrustCommand>());
    commands.push_back(std::make_unique<IdentityCommand>());
    commands.push_back(std::make_unique<LogCommand>());
    commands.push_back(std::make_unique<MergeCommand>());
    commands.push_back(std::make_unique<PackCommand>());
    commands.push_back(std::make_unique<WorkshopCommand>());
    return commands;
}
