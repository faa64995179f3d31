"""Expected flows, as written to flows.json."""


def _flow(frm, to, protocol, port, **verdict):
    flow = {"from": frm, "to": to, "protocol": protocol}
    if port is not None:
        flow["port"] = port
    flow.update(verdict)
    return flow


def reach(frm, to, protocol, port=None, why=""):
    return _flow(frm, to, protocol, port, reachable=True, why=why)


def block(frm, to, protocol, port, code, component, why):
    return _flow(frm, to, protocol, port, reachable=False, code=code, component=component, why=why)
