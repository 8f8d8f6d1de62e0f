#include "privatefiles/privatefiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStringList>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

namespace {

constexpr QFile::Permissions kPrivateFile = QFile::ReadOwner | QFile::WriteOwner;
constexpr QFile::Permissions kPrivateFolder = QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner;
constexpr QFile::Permissions kOthersRights = QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup
    | QFile::ReadOther | QFile::WriteOther | QFile::ExeOther;

// Creates the missing folders of `folder`, outermost first, each with 0700.
bool makeFolders(const QString &folder)
{
    QStringList missing;
    for (QString path = QDir::cleanPath(QFileInfo(folder).absoluteFilePath()); !QFileInfo::exists(path);
         path = QFileInfo(path).path()) {
        missing.prepend(path);
    }
    for (const QString &path : std::as_const(missing)) {
        // Another process may create it at the same moment; what counts is that it is there.
        if (!QDir().mkdir(path, kPrivateFolder) && !QFileInfo(path).isDir()) {
            return false;
        }
    }
    return true;
}

} // namespace

namespace PrivateFiles {

void restrictNewFiles()
{
#ifdef Q_OS_UNIX
    ::umask(077);
#endif
}

bool restrictExisting(const QString &path)
{
    QFile file(path);
    if (!file.exists()) {
        return true;
    }
    const QFile::Permissions permissions = file.permissions();
    return !(permissions & kOthersRights) || file.setPermissions(permissions & ~kOthersRights);
}

bool prepareFile(const QString &path, QString *error)
{
    const QString folder = QFileInfo(path).absolutePath();
    if (!makeFolders(folder)) {
        *error = QDir::toNativeSeparators(folder);
        return false;
    }
    QFile file(path);
    if (!file.exists() && file.open(QIODevice::WriteOnly | QIODevice::NewOnly, kPrivateFile)) {
        return true;
    }
    // It was there already, or another process made it meanwhile (NewOnly keeps theirs): tighten it.
    if (file.exists() && restrictExisting(path)) {
        return true;
    }
    *error = QDir::toNativeSeparators(path) + QLatin1String(": ") + file.errorString();
    return false;
}

} // namespace PrivateFiles
