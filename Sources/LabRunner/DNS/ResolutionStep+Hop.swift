import DNS
import Routing

extension ResolutionStep {
    /// The step as a path hop, so reports that print traced paths print resolutions too:
    /// the step's kind, its component (an AWS id or `file:line`) and its sentence.
    public var hop: Hop { Hop(kind: kind, componentID: component, detail: detail) }
}

extension Resolution {
    /// The values of the answer records of the type asked for, as presentation text
    /// (`10.0.1.5`, `web.example.com.`), in answer order.
    public var answerValues: [String] {
        answers.filter { $0.type == query.type }.map(\.data.presentation)
    }
}
