#pragma once

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QProcessEnvironment>
#include <QStringList>
#include <QTemporaryDir>

#include <sys/stat.h>

// A throw-away home folder. HOME and the XDG base folders point into it, and none of those
// exists yet, so whatever appears there was made by the code under test: this process (once
// applyToThisProcess() ran, before the first QSettings or QStandardPaths use) or the processes
// started with environment().
class TemporaryHome final
{
public:
    TemporaryHome()
    {
        m_variables = { { QStringLiteral("HOME"), m_dir.path() },
            { QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral(".config")) },
            { QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral(".local/share")) },
            { QStringLiteral("XDG_STATE_HOME"), m_dir.filePath(QStringLiteral(".local/state")) },
            { QStringLiteral("XDG_CACHE_HOME"), m_dir.filePath(QStringLiteral(".cache")) } };
    }

    bool isValid() const { return m_dir.isValid(); }
    QString path() const { return m_dir.path(); }
    QString filePath(const QString &name) const { return m_dir.filePath(name); }

    QProcessEnvironment environment() const
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        for (const auto &[name, value] : m_variables) {
            environment.insert(name, value);
        }
        return environment;
    }

    void applyToThisProcess() const
    {
        for (const auto &[name, value] : m_variables) {
            qputenv(name.toLocal8Bit().constData(), value.toLocal8Bit());
        }
    }

    // Every file and folder under the home (not the home itself), as absolute paths.
    QStringList entries() const
    {
        QStringList found;
        QDirIterator it(m_dir.path(), QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
            QDirIterator::Subdirectories);
        while (it.hasNext()) {
            found.append(it.next());
        }
        return found;
    }

    // Each entry that someone other than the user could read, write or enter, with its mode:
    // a private folder is 0700, a private file 0600 (or 0700 if it is a program).
    QStringList notPrivate() const
    {
        QStringList open;
        for (const QString &entry : entries()) {
            struct stat info
            {
            };
            if (::lstat(QFile::encodeName(entry).constData(), &info) != 0) {
                continue; // a lock file removed while we walked
            }
            const mode_t mode = info.st_mode & 07777;
            const bool folder = S_ISDIR(info.st_mode);
            if ((folder && mode != 0700) || (!folder && (mode & 077) != 0)) {
                open.append(QStringLiteral("%1 %2").arg(QString::number(mode, 8), entry));
            }
        }
        return open;
    }

private:
    QTemporaryDir m_dir;
    QList<std::pair<QString, QString>> m_variables;
};
