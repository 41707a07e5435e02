#pragma once

#include <QtGlobal>
#include <functional>

// How a CSV import treats bad rows and reports its progress.
struct ImportOptions
{
    // Import the valid rows and report the invalid ones; otherwise one invalid row means that
    // nothing is written.
    bool skipInvalid = false;
    // At most this many error messages are kept; the rest are only counted.
    int maxErrors = 1000;
    // Called every few thousand rows and once at the end, with the rows read so far, the bytes
    // read so far and the size of the input (0 when unknown).
    std::function<void(qint64 rows, qint64 bytes, qint64 totalBytes)> progress;
};
