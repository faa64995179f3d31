import CIDR
import DNS
import Routing

extension CheckEvaluator {
    /// `resolves` and `doesNotResolve`: resolves `query` of `recordType` as `from` asks
    /// it; the resolution's steps are the check's path.
    func resolution(_ check: Check) -> (failure: CheckFailure?, path: [Hop]) {
        let typeText = check.recordType ?? "A"
        guard let type = RecordType(typeText) else {
            return (CheckFailure(code: LabCode.invalidQuery, component: nil, message: "'\(typeText)' is not a DNS record type."), [])
        }
        guard let text = check.query, let name = try? DomainName.parse(text, origin: .root) else {
            return (CheckFailure(code: LabCode.invalidQuery, component: nil, message: "'\(check.query ?? "")' is not a valid domain name."), [])
        }
        guard let dns else {
            return (CheckFailure(code: LabCode.roleNotFound, component: nil, message: "No DNS configuration was given to grade this check."), [])
        }
        let from = check.from ?? "internet"
        let client: DNSClient
        switch resolver.dnsClient(from, dns: dns, sites: onPremSites) {
        case .success(let found): client = found
        case .failure(let failure): return (failure, [])
        }
        let result = dns.resolve(name: name, type: type, from: client)
        let path = result.steps.map(\.hop)
        let question = "\(text) \(type) from \(from)"
        let values = result.answerValues

        if check.kind == .doesNotResolve {
            if result.answered {
                return (CheckFailure(code: LabCode.unexpectedlyResolves, component: dataComponent(result),
                                     message: "\(question) resolves to \(values.joined(separator: ", ")), but the lab expects no answer.", path: path), path)
            }
            let (code, component, _) = reason(result)
            if let expected = check.expectCode, code.rawValue != expected {
                return (CheckFailure(code: LabCode.unresolvedForAnotherReason, component: component,
                                     message: "\(question) does not resolve (\(code.rawValue) at \(component)), but the lab expects \(expected).", path: path), path)
            }
            return (nil, path)
        }

        guard result.answered else {
            let (code, component, message) = reason(result)
            let text = code.text(korean: language == .ko)
            return (CheckFailure(code: code.rawValue, component: component,
                                 message: "\(question) gets \(result.rcode.rawValue): \(message) \(text.sentence) \(text.hint)", path: path), path)
        }
        guard let expect = check.expect, !expect.isEmpty else { return (nil, path) }
        let accepted = expect.map { resolver.expectedValues($0) }
        let answers = values.map(RoleResolver.normalized)
        let unmatchedAnswers = values.enumerated().filter { index, _ in !accepted.contains { $0.contains(answers[index]) } }.map(\.element)
        let unmatchedEntries = zip(expect, accepted).filter { _, values in !answers.contains { values.contains($0) } }.map(\.0)
        if unmatchedAnswers.isEmpty && unmatchedEntries.isEmpty { return (nil, path) }
        var why: [String] = []
        if !unmatchedAnswers.isEmpty { why.append("\(unmatchedAnswers.joined(separator: ", ")) \(unmatchedAnswers.count == 1 ? "is" : "are") not expected") }
        if !unmatchedEntries.isEmpty { why.append("nothing matches \(unmatchedEntries.joined(separator: ", "))") }
        return (CheckFailure(code: LabCode.unexpectedAnswer, component: dataComponent(result),
                             message: "\(question) resolves to \(values.joined(separator: ", ")), but the lab expects \(expect.joined(separator: ", ")): \(why.joined(separator: "; ")).",
                             path: path), path)
    }

    /// Why a resolution has no data: its explanation, else a code from the response code.
    private func reason(_ result: Resolution) -> (code: DNSCode, component: String, message: String) {
        if let explanation = result.explanation { return (explanation.code, explanation.component, explanation.message) }
        let code: DNSCode = result.rcode == .nxDomain ? .nxDomain : .noData
        let component = result.steps.last?.component ?? "resolver"
        return (code, component, result.steps.last?.detail ?? "There is no answer of the type asked for.")
    }

    /// The component that gave the data: the last record set, zone or server step.
    private func dataComponent(_ result: Resolution) -> String? {
        let kinds: Set<String> = ["record-set", "hosted-zone", "zone-file", "alias", "cname", "bind-server"]
        return result.steps.last { kinds.contains($0.kind) }?.component ?? result.steps.last?.component
    }
}
