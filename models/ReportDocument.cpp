// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportDocument.h"

#include "ReportHtml.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QTextDocument>
#include <QUrl>

namespace Vigil {

namespace {

QString resourceName(const QString &image)
{
    return QStringLiteral("report-image://") + image;
}

} // namespace

QString ReportDocument::html(const ClientReport &report, const ReportBranding &branding)
{
    QHash<QString, QString> sources;
    const QHash<QString, QImage> images = ReportHtml::images(report, branding);
    for (auto it = images.cbegin(); it != images.cend(); ++it) {
        sources.insert(it.key(), resourceName(it.key()));
    }
    return ReportHtml::document(report, branding, sources);
}

void ReportDocument::addImages(QTextDocument &document, const ClientReport &report, const ReportBranding &branding)
{
    const QHash<QString, QImage> images = ReportHtml::images(report, branding);
    for (auto it = images.cbegin(); it != images.cend(); ++it) {
        document.addResource(QTextDocument::ImageResource, QUrl(resourceName(it.key())), it.value());
    }
}

std::unique_ptr<QTextDocument> ReportDocument::create(const ClientReport &report, const ReportBranding &branding)
{
    auto document = std::make_unique<QTextDocument>();
    addImages(*document, report, branding);
    document->setHtml(html(report, branding));
    return document;
}

QByteArray ReportDocument::pdf(const ClientReport &report, const ReportBranding &branding)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        // QTextDocument::print adds 2 cm of its own inside these (and puts the page number there).
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(0, 0, 0, 0),
                                         QPageLayout::Millimeter));
        writer.setResolution(300);
        writer.setCreator(QStringLiteral("Vigil"));
        writer.setTitle(QCoreApplication::translate("Vigil::ReportHtml", "%1 · %2")
                            .arg(report.clientName, report.month.toString(QStringLiteral("yyyy-MM"))));
        std::unique_ptr<QTextDocument> document = create(report, branding);
        document->setDocumentMargin(0);
        // QTextDocument::print lays the document out on the writer's pages, with page numbers in the margin.
        document->print(&writer);
    }
    buffer.close();
    return bytes;
}

} // namespace Vigil
