#!/usr/bin/python3
"""Walks the AT-SPI tree of the running Placement Inspector: what Orca reads, through Qt's
AT-SPI bridge and the real accessibility bus (not QAccessible inside the process, which
tst_accessibility_gui walks). Fails when the application does not show up on the bus, when its
window has no tab list, table or menu bar, or when a shown button, text field, table, tree,
list, check box, combo box or tab has no name."""
import sys, time
import pyatspi
def find_app():
    desktop = pyatspi.Registry.getDesktop(0)
    for app in desktop:
        if app is not None and 'placement' in (app.name or '').lower():
            return app
    return None
def has_role(node, wanted, depth=0):
    if node is None or depth > 40:
        return False
    if node.getRoleName() == wanted:
        return True
    if node.getRoleName() in ('table', 'tree table'):
        return False
    return any(has_role(node.getChildAtIndex(i), wanted, depth + 1) for i in range(node.childCount))

# Up to two minutes on a busy machine: the app starts, connects and builds its window.
app = None
for _ in range(240):
    app = find_app()
    if app and has_role(app, 'page tab list'):
        break
    time.sleep(0.5)
if not app:
    print("no Placement Inspector on the accessibility bus"); sys.exit(1)
interactive = {'push button','text','entry','table','tree table','tree','list','check box','combo box','radio button','spin button','page tab'}
count = 0; unnamed = []; roles = {}
def walk(node, depth, path):
    global count
    if node is None or depth > 40: return
    count += 1
    role = node.getRoleName()
    roles[role] = roles.get(role, 0) + 1
    name = node.name or ''
    try:
        showing = node.getState().contains(pyatspi.STATE_SHOWING)
    except Exception:
        showing = False
    if role in interactive and showing and not name.strip():
        unnamed.append(f"{path}/{role}")
    if role in ('table','tree table'):
        return  # cells: thousands
    for i in range(node.childCount):
        walk(node.getChildAtIndex(i), depth + 1, f"{path}/{role}:{name[:20]}")
walk(app, 0, app.name)
print(f"application: {app.name}; {count} accessible objects")
missing = [r for r in ('menu bar', 'page tab list', 'table', 'push button', 'text') if r not in roles]
if missing:
    print("missing from the tree:", ", ".join(missing)); sys.exit(1)
for r in sorted(roles): print(f"  {r}: {roles[r]}")
print("unnamed interactive objects shown:", len(unnamed))
for u in unnamed: print("  ", u)
sys.exit(1 if unnamed else 0)
