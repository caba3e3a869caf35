#include "store/StoreError.h"

#include <sqlite3.h>

#include <fcntl.h>
#include <unistd.h>

#include <fstream>
#include <iterator>

namespace kt {

namespace {

// What a user can do about each kind of failure.
std::string reasonFor(int code, const std::string &holder) {
    switch (code & 0xff) {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return "another program is writing to this store" +
               (holder.empty() ? std::string() : " (" + holder + ")") + "; try again when it has finished";
    case SQLITE_FULL:
        return "the disk is full";
    case SQLITE_READONLY:
        return "the store cannot be written (a read-only file, folder or disk)";
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
        return "the store is damaged or is not a kidal-timeline store";
    case SQLITE_CANTOPEN:
        return "the store cannot be opened (is its folder there, and readable?)";
    case SQLITE_IOERR:
        return "the disk could not be read or written";
    case SQLITE_NOMEM:
        return "there is not enough memory";
    default:
        return "SQLite refused the operation";
    }
}

} // namespace

StoreError StoreError::fromSqlite(sqlite3 *db, int code, const std::string &what) {
    const char *file = db ? sqlite3_db_filename(db, "main") : nullptr;
    const std::string path = file && *file ? file : "(store)";
    const std::string holder = (code & 0xff) == SQLITE_BUSY ? writeLockHolder(path) : std::string();
    const std::string detail = db ? sqlite3_errmsg(db) : sqlite3_errstr(code);
    return StoreError(path + ": " + what + ": " + reasonFor(code, holder) + " (SQLite: " + detail + ")",
                      code & 0xff);
}

bool StoreError::isBusy() const {
    return m_code == SQLITE_BUSY || m_code == SQLITE_LOCKED;
}

std::string writeLockHolder(const std::string &path) {
    const int fd = ::open((path + "-shm").c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return {};
    struct flock lock {};
    lock.l_type = F_WRLCK;
    lock.l_whence = SEEK_SET;
    lock.l_start = 120; // WALINDEX_LOCK_OFFSET + WAL_WRITE_LOCK
    lock.l_len = 1;
    const bool found = ::fcntl(fd, F_GETLK, &lock) == 0 && lock.l_type != F_UNLCK;
    ::close(fd);
    if (!found)
        return {};
    std::string holder = "pid " + std::to_string(lock.l_pid);
    std::ifstream cmdline("/proc/" + std::to_string(lock.l_pid) + "/cmdline", std::ios::binary);
    std::string command((std::istreambuf_iterator<char>(cmdline)), std::istreambuf_iterator<char>());
    for (char &c : command)
        if (c == '\0')
            c = ' ';
    while (!command.empty() && command.back() == ' ')
        command.pop_back();
    if (const auto slash = command.find_last_of('/', command.find(' ')); slash != std::string::npos)
        command.erase(0, slash + 1); // the program's name, not its folder
    return command.empty() ? holder : holder + ": " + command;
}

} // namespace kt
