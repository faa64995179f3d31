// AWSSnapshot — reads a submission folder (the `aws/` describe-* JSON) into the
// `Routing` model, with diagnostics that say where and what.
//
// Layout of this module:
// - Loading/      finding the files (`aws/`, `aws_configs/`, symlinks, size limits) and
//                 the public entry point `SubmissionLoader.load(submission:)`.
// - JSON/         a strict JSON parser that remembers where every value starts, for
//                 `file:line:column` diagnostics: a flat tape for snapshots (nothing
//                 allocated per value), and a public tree form (`JSONParser`,
//                 `JSONNode`, `SourceLocator`) for small files such as lab specs.
// - Decoding/     typed field access over parsed JSON that reports wrong types.
// - Readers/      one reader per AWS resource kind (`Vpcs`, `RouteTables`, …).
// - Assembly/     joining records across files: shared resources, Elastic IPs,
//                 instances' interfaces, dangling references, on-prem sites.
// - Diagnostics/  `Diagnostic` and its codes.
