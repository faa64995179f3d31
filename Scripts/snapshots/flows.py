"""Expected flows, as written to flows.json."""


def reach(frm, to, protocol, port=None, why=""):
    flow = {"from": frm, "to": to, "protocol": protocol}
    if port is not None:
        flow["port"] = port
    flow.update({"reachable": True, "why": why})
    return flow


def block(frm, to, protocol, port, code, component, why):
    flow = {"from": frm, "to": to, "protocol": protocol}
    if port is not None:
        flow["port"] = port
    flow.update({"reachable": False, "code": code, "component": component, "why": why})
    return flow
