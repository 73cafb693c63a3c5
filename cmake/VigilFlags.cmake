# SPDX-License-Identifier: GPL-3.0-or-later
# Every Vigil target links vigil_flags: one place for the language level, warnings and strict Qt defines.
add_library(vigil_flags INTERFACE)
target_compile_features(vigil_flags INTERFACE cxx_std_20)
target_compile_options(vigil_flags INTERFACE
    -Wall -Wextra -Wpedantic -Wshadow -Wold-style-cast -Wnon-virtual-dtor -Woverloaded-virtual)
if(VIGIL_WERROR)
    target_compile_options(vigil_flags INTERFACE -Werror)
endif()
if(VIGIL_SANITIZE)
    target_compile_options(vigil_flags INTERFACE -fsanitize=address,undefined -fno-omit-frame-pointer
        -fno-sanitize-recover=undefined)
    target_link_options(vigil_flags INTERFACE -fsanitize=address,undefined)
endif()
target_compile_definitions(vigil_flags INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_KEYWORDS
    QT_USE_QSTRINGBUILDER
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_DISABLE_DEPRECATED_BEFORE=0x060400
    QT_NO_URL_CAST_FROM_STRING
    VIGIL_VERSION_STRING="${PROJECT_VERSION}")
