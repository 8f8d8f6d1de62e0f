#pragma once

#include <QByteArray>
#include <QCommandLineOption>
#include <QCoreApplication>
#include <QString>

#include <optional>

class QCommandLineParser;

// The secret key for a chat-profile command, read from a file or the environment and never from
// a command-line value, which every user on the machine could read in `ps`.
class SecretInput final
{
    Q_DECLARE_TR_FUNCTIONS(SecretInput)

public:
    static constexpr const char *secretKeyVariable = "CHAT_PROFILE_SECRET_KEY";

    struct Result
    {
        std::optional<QByteArray> secret;
        QString problem; // translated, set when the secret was asked for but cannot be read
    };

    // One secret (a key or a UserSig) from a file: its first line, surrounding whitespace dropped.
    static Result fromFile(const QString &path);

    SecretInput();

    // --key-file, and hidden --key/--secret-key options that exist only to refuse a plain key with
    // a message saying what to do instead.
    void addTo(QCommandLineParser &parser) const;
    // A problem when a plain key was given on the command line.
    QString refusal(const QCommandLineParser &parser) const;
    // The key from --key-file, else from the environment; neither given is no key and no problem.
    Result secretKey(const QCommandLineParser &parser) const;

private:
    QCommandLineOption m_keyFile;
    QCommandLineOption m_plainKey;
};
