#pragma once

// Mappings between frameworks, as the public framework-library collection publishes them (YAML:
// objects.requirement_mapping_set(s) with source and target framework urns and requirement_mappings of
// source urn, target urn and relationship), and projecting an assessment onto the other framework: a
// target requirement is met when a source requirement equal to it or covering it (relationship "equal"
// or "superset") is met; otherwise an equal source's answer is carried (the weakest of several), and a
// covering source that is not met says nothing about it. "subset" and "intersect" carry nothing:
// meeting part of a requirement does not meet it. Each carried answer is marked with its sources, for
// review.

#include "domain/Assessment.h"
#include "exchange/Template.h"

#include <QByteArray>
#include <optional>

namespace rw {
class Project;
}

namespace rw::Mapping {

enum class Relation { Equal, Superset, Subset, Intersect, NotRelated };

struct Link
{
    QString source; // requirement urns
    QString target;
    Relation relation = Relation::NotRelated;
};

struct Set
{
    QString sourceFramework; // framework urns
    QString targetFramework;
    QVector<Link> links;
};

std::optional<QVector<Set>> read(const QByteArray& content, const QString& source, QString* error);

// One target item's answer carried over.
struct Carried
{
    QString targetKey;
    ItemStatus status = ItemStatus::Open;
    QString note; // where it came from, for review
};

struct Projection
{
    QVector<Carried> carried;
    int targetItems = 0;
    int mapped = 0; // target items that some equal or superset relation reaches
    int linksUsed = 0; // links between requirements both libraries hold
};

// `sourceLibrary` and `targetLibrary` are the two frameworks read from their libraries (their items'
// sourceId is the requirement urn); `assessment` answers `sourceLibrary`'s items by key. Links are
// followed in the direction the mapping gives, or the other way (equal stays equal, superset and
// subset change places) when the mapping runs from the target to the source. Fails, with the reason,
// when the mapping relates neither pair of frameworks.
std::optional<Projection> project(const Assessment& assessment, const Template& sourceLibrary,
    const Template& targetLibrary, const QVector<Set>& sets, QString* error);

// The whole step as the CLI (`project-onto`) and the workbench run it: reads the mapping and both
// framework libraries, checks that `source` was made from `fromPath` (most of its requirements are
// items of it), projects, and creates the draft project at `outPath` (never overwriting) with the
// carried answers written as edits under `by`. Returns the draft's path and a one-line summary, or
// nothing with the reason; then no file is left behind.
struct Draft
{
    QString path;
    QString summary;
    Projection projection;
};
std::optional<Draft> createDraft(const Project& source, const QString& mappingPath, const QString& fromPath,
    const QString& toPath, const QString& outPath, const QString& by, QString* error);

} // namespace rw::Mapping
