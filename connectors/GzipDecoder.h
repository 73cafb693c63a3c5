// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <memory>

namespace Vigil {

// Streaming gzip decompression with an output cap. It never holds more than `maxOutput` + 1 decompressed bytes, so
// a gzip bomb stops the moment it passes the cap instead of after it has inflated.
class GzipDecoder final
{
public:
    enum class Status : quint8 {
        Ok,        // consumed the input, output within the cap
        Finished,  // the gzip stream ended (trailing input is ignored)
        OverLimit, // the output passed maxOutput
        Corrupt,   // not gzip, or damaged
    };

    explicit GzipDecoder(qint64 maxOutput);
    ~GzipDecoder();
    GzipDecoder(const GzipDecoder &) = delete;
    GzipDecoder &operator=(const GzipDecoder &) = delete;

    // Inflates `input` and appends to `output`.
    Status feed(QByteArrayView input, QByteArray &output);
    bool finished() const;
    QString errorText() const;

private:
    struct Stream;
    std::unique_ptr<Stream> m_stream;
    qint64 m_maxOutput = 0;
    bool m_finished = false;
    QString m_error;
};

} // namespace Vigil
