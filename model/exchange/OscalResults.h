#pragma once

// The assessment as OSCAL assessment-results (JSON, OSCAL 1.1.2): one result spanning the assessment,
// a finding per assessed item (target: the item's key, which for an OSCAL import is the control id;
// satisfied or not-satisfied), an observation per assessed item carrying its note and referring to its
// evidence (back-matter resources with SHA-256 hashes), the risk register as risks with likelihood and
// impact facets, and the open gaps as risks whose remediations are the recommendations for them.
// docs/import-export.md describes the mapping.

#include <QByteArray>
#include <QDateTime>

namespace rw {
class Project;
}

namespace rw::OscalResults {

// UUIDs are derived from the project and the subject (an item's key, a risk's id), so that a second
// export of the same project names the same things with the same UUIDs.
QByteArray write(const Project& project, const QDateTime& now = QDateTime::currentDateTimeUtc());

// The open recommendations (not done) as an OSCAL plan of action and milestones: one poam-item per
// recommendation (priority, state, effort, owner and due date as properties) related to a finding and an
// observation on each item it addresses and, where that item is not met, to the gap as a risk whose
// deadline is the earliest due date. UUIDs are those write() gives the same things. Empty when no
// recommendation is open: OSCAL's POA&M needs at least one item.
QByteArray writePoam(const Project& project, const QDateTime& now = QDateTime::currentDateTimeUtc());

} // namespace rw::OscalResults
