#pragma once

#include <QtCore/QByteArray>
#include <QtCore/QProcessEnvironment>
#include <QtCore/QStringList>

namespace textdesk::test {

// A run of the shipped `textdesk` binary (its path is the caller's TEXTDESK_BINARY).
struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
    QString describe() const
    {
        return QStringLiteral("exit %1\nstdout: %2\nstderr: %3").arg(exitCode).arg(out, err);
    }
};

// The environment of a child `textdesk`: no display, and the secret only when given.
QProcessEnvironment textdeskEnvironment(const QByteArray &tokenEnv = {});

// Runs it while this process's event loop keeps the in-process simulator answering.
Run runTextdesk(const QString &binary, const QStringList &arguments,
                const QByteArray &stdinText = {}, const QByteArray &tokenEnv = {});

} // namespace textdesk::test
