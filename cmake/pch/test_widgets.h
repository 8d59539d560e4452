// Precompiled for the GUI tests (cmake/TextdeskPch.cmake): widgets.h and Qt Test.
#pragma once
#include "widgets.h"
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
