// AWSSnapshot — reads a submission folder (describe-* JSON, on-prem files) into the model.
//
// Not built yet: issue 3 fills this module. It declares nothing public so that no caller
// can mistake it for a working loader.
import CIDR
