#include "SafeOutput.h"

#include "domain/SafeText.h"

SafeOutput::SafeOutput(FILE* file)
    : m_file(file)
{
    open(QIODevice::WriteOnly | QIODevice::Unbuffered);
}

qint64 SafeOutput::writeData(const char* data, qint64 size)
{
    QByteArray bytes = m_partial + QByteArray::fromRawData(data, size);
    m_partial.clear();
    // A UTF-8 character cut at the end waits for its rest.
    qsizetype end = bytes.size();
    qsizetype lead = end - 1;
    while (lead >= 0 && lead >= end - 3 && (uchar(bytes.at(lead)) & 0xc0) == 0x80)
        --lead;
    if (lead >= 0 && uchar(bytes.at(lead)) >= 0xc0) {
        const auto u = uchar(bytes.at(lead));
        const qsizetype length = u >= 0xf0 ? 4 : u >= 0xe0 ? 3 : 2;
        if (end - lead < length) {
            m_partial = bytes.mid(lead);
            end = lead;
        }
    }
    const QByteArray safe = rw::SafeText::forTerminal(bytes.left(end));
    if (fwrite(safe.constData(), 1, size_t(safe.size()), m_file) != size_t(safe.size()))
        return -1;
    fflush(m_file);
    return size;
}
