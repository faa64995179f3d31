// LabRunner — lab specifications, checks, scoring and reports.
//
// Not built yet: issue 4 fills this module. It declares nothing public so that no caller
// can mistake it for a working runner.
import CIDR
