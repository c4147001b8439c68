import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// A streaming walk over an XML part that hands each element's local name (prefix dropped:
/// Word writes `w:p`, other tools other prefixes) and attributes by local name.
class XMLWalker: NSObject, XMLParserDelegate {
    func start(_ name: String, _ attributes: [String: String]) {}
    func end(_ name: String) {}
    func characters(_ text: String) {}

    private var malformed = false

    /// Parses `data`; false when the XML is malformed (on Linux `parse()` can return true after
    /// errors, so they are counted as they come). External entities are never fetched.
    func walk(_ data: Data) -> Bool {
        let parser = XMLParser(data: data)
        parser.shouldResolveExternalEntities = false
        parser.shouldProcessNamespaces = false
        parser.delegate = self
        return parser.parse() && !malformed
    }

    func parser(_ parser: XMLParser, parseErrorOccurred parseError: Error) {
        // 201 is libxml2's undeclared namespace prefix: harmless here, names are read without prefixes.
        if (parseError as NSError).code != 201 { malformed = true }
    }

    static func local(_ name: String) -> String {
        name.lastIndex(of: ":").map { String(name[name.index(after: $0)...]) } ?? name
    }

    func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
                qualifiedName qName: String?, attributes attributeDict: [String: String] = [:]) {
        var attributes: [String: String] = [:]
        for (key, value) in attributeDict { attributes[Self.local(key)] = value }
        start(Self.local(elementName), attributes)
    }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName qName: String?) {
        end(Self.local(elementName))
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        characters(string)
    }
}
