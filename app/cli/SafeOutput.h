#pragma once

// The command line's standard output and error: what a command prints passes through
// SafeText::forTerminal, so that no title, note, name or certificate field can send control sequences
// or bidirectional overrides to the terminal, whichever command prints it.

#include <QIODevice>
#include <cstdio>

class SafeOutput : public QIODevice
{
public:
    explicit SafeOutput(FILE* file);

protected:
    qint64 readData(char*, qint64) override { return -1; }
    qint64 writeData(const char* data, qint64 size) override;

private:
    FILE* m_file;
    QByteArray m_partial; // the start of a character the last write ended in
};
