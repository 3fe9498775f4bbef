#pragma once

// One report export, as the CLI and the export dialog both make it: build the report from the project,
// write it as Markdown, JSON or PDF in the chosen language, and sign it when an identity is given (the
// PDF embeds its signature; Markdown and JSON get a detached .p7s beside them). Signing is the last step.

#include "PdfReport.h"
#include "signing/Identity.h"

#include <optional>

class Document;

namespace ReportExport {

enum class Format { Markdown, Pdf, Json };

std::optional<Format> formatFromKey(const QString& key); // "md", "pdf", "json"
QString suffix(Format format);

struct Request
{
    Format format = Format::Pdf;
    rw::ReportOptions options;
    std::optional<rw::Identity> identity; // sign when set
};

struct Result
{
    QByteArray bytes;
    QByteArray detachedSignature; // Markdown and JSON when signed
    rw::Report report;
};

std::optional<Result> produce(
    Document* document, const Request& request, QString* error, const PdfReport::Progress& progress = {});
// Writes the report (and its .p7s, or removes a stale one when the report is not signed) atomically.
bool save(const QString& path, const Result& result, QString* error);

} // namespace ReportExport
