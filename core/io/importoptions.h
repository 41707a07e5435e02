#pragma once

#include <QtGlobal>
#include <functional>

struct ImportOptions
{
    // Import the good rows and report the bad ones; otherwise one bad row means nothing is written.
    bool skipInvalid = false;
    int maxErrors = 1000;
    // Called now and then with rows read, bytes read and the file's size.
    std::function<void(qint64 rows, qint64 bytes, qint64 totalBytes)> progress;
};
