#pragma once

// The report as a PDF: a cover page, a table of contents, then the sections, with a header and a footer
// ("Page X of N") on every page, selectable text and embedded fonts. The charts are the dashboard's own
// (a DashboardPage drawn as vectors), so the report shows what the screen shows.

#include "report/Report.h"

#include <functional>

class Document;

namespace PdfReport {

// Progress: called with (step, steps); returning false cancels (the result is then empty).
using Progress = std::function<bool(int step, int steps)>;

// The PDF's bytes, or empty with error set. report must be built from document's project.
QByteArray write(const rw::Report& report, Document* document, QString* error, const Progress& progress = {});

} // namespace PdfReport
