// SPDX-License-Identifier: GPL-3.0-or-later
#include <gtest/gtest.h>

#include <QStandardPaths>
#include <QtGlobal>

#include <cstring>
#include <memory>

#ifdef VIGIL_TEST_GUI
#include <QApplication>
using TestApplication = QApplication;
#else
#include <QCoreApplication>
using TestApplication = QCoreApplication;
#endif

int main(int argc, char **argv)
{
    ::testing::InitGoogleTest(&argc, argv);
    bool listing = false;
    for (int i = 1; i < argc; ++i) {
        listing = listing || std::strcmp(argv[i], "--gtest_list_tests") == 0;
    }
    // Test discovery only lists names; it must not need a display or touch any state.
    std::unique_ptr<TestApplication> app;
    if (!listing) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
            qputenv("QT_QPA_PLATFORM", "offscreen");
        }
        QStandardPaths::setTestModeEnabled(true);
        app = std::make_unique<TestApplication>(argc, argv);
        TestApplication::setOrganizationName(QStringLiteral("VigilTests"));
        TestApplication::setApplicationName(QStringLiteral("vigil-tests"));
    }
    return RUN_ALL_TESTS();
}
