#pragma once

#include <QEvent>

namespace careledger {

// Whether an event is someone at the keyboard, mouse or screen: what keeps a
// session from locking and a kiosk from timing out.
bool isUserInput(QEvent::Type type);

} // namespace careledger
