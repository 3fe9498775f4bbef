#pragma once

// The report as Markdown, written from the report's data (never from a QTextDocument, which loses
// colours and hard-wraps). Everything an assessor typed is escaped, so no Markdown or HTML in a note can
// change the report's structure.

#include "Report.h"

#include <QByteArray>
#include <QJsonObject>
#include <optional>

namespace rw::MarkdownWriter {

QByteArray write(const Report& report);
// The project state a report written by write() describes (Report::state()), if it carries one.
std::optional<QJsonObject> readState(const QByteArray& markdown);
// Escapes text for use inline or in a table cell: Markdown and HTML syntax come out as literal text.
QString escape(const QString& text);
// A text bar of width cells for a percentage, with half-cell precision ("████████░░").
QString bar(double percent, int width = 20);

} // namespace rw::MarkdownWriter
