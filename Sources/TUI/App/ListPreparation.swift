/// What a big list needs made before every key on it is quick: the filter's search text and the
/// region order, each a tenth of a second or more on 100,000 rows. Made off the main loop
/// (`Effect.prepareList`) from a copy of the rows as they were, and handed back as an event.
struct ListPreparation: Sendable {
    /// The rows as they were when the list asked.
    struct Request: Sendable {
        /// The first time: what the list was opened with, to make both from.
        var opening: ListOpening?
        /// Later: the rows' sort keys, for the region order alone.
        var keys: [RowKeys]?
        var byName: [Int]
        /// The list's count of summary changes when it asked: an order made from older rows is
        /// not used.
        var version: Int
    }

    var searchText: SearchText?
    var regionOrder: Ordering?
    var version: Int

    /// Does the work; run off the main loop.
    init(_ request: Request) {
        if let opening = request.opening {
            searchText = SearchText(count: opening.count) { (opening.name($0), opening.summary($0)) }
            regionOrder = Ordering.byRegion((0..<opening.count).map { RowKeys(summary: opening.summary($0)) }, byName: request.byName)
        } else {
            regionOrder = request.keys.map { Ordering.byRegion($0, byName: request.byName) }
        }
        version = request.version
    }
}
