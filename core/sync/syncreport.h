#pragma once

#include <QStringList>

// What one sync did. Errors are complete sentences naming the resource and the record.
struct SyncReport
{
    int pulled = 0;    // local records created, changed or deleted from the server's
    int pushed = 0;    // local changes the server accepted
    int conflicts = 0; // records now waiting for the user
    QStringList errors;
    int pushRequests = 0;        // requests sent to push (0 when there was nothing to send)
    int retryAfterSeconds = -1;  // the server asked to wait this long (429)
    bool complete = false;       // ran to the end: not stopped by the network, the server or cancel()

    bool ok() const { return complete && errors.isEmpty(); }
};
