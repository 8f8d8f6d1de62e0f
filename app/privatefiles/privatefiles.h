#pragma once

#include <QString>

// Files that hold account data (settings, change history, jobs) are the user's alone: 0600, in
// folders created 0700. Both executables restrict every new file with the umask; the classes that
// own such a file also prepare it themselves, so the guarantee holds whoever calls the core.
namespace PrivateFiles {

// From now on, what this process creates is readable by the user only (umask 077 on POSIX),
// including what Qt and the libraries write. Called first thing by both executables.
void restrictNewFiles();

// Makes sure the file at `path` exists and only the user can read or write it: creates the
// missing folders on the way with 0700 and the file, empty, with 0600, or takes the group's and
// others' rights away from an existing file (left by an earlier version). QSettings and SQLite
// keep these permissions when they write the file later, and SQLite gives its side files (-wal,
// -shm, -journal) the database file's. Folders that exist are left as they are: they may be
// shared, such as ~/.config, and listing one shows only names. On failure says why in `error`.
bool prepareFile(const QString &path, QString *error);

// Takes the group's and others' rights away from `path`, if it exists.
bool restrictExisting(const QString &path);

} // namespace PrivateFiles
