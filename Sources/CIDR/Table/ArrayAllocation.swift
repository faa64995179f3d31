#if canImport(Glibc)
import Glibc
#endif

/// An empty array with room for `capacity` elements whose memory, when large, the
/// kernel is asked to back with huge pages (Linux `MADV_HUGEPAGE`) before it is first
/// touched. Lookups in a big prefix table read a few random cache lines each; with 4 KiB
/// pages every one of them also misses the TLB.
@usableFromInline
func makeArrayPreferringHugePages<Element>(capacity: Int) -> ContiguousArray<Element> {
    ContiguousArray(unsafeUninitializedCapacity: capacity) { buffer, count in
        count = 0
        #if canImport(Glibc)
        let hugePage: UInt = 2 << 20
        if let base = buffer.baseAddress, capacity * MemoryLayout<Element>.stride >= 4 * Int(hugePage) {
            let start = (UInt(bitPattern: base) + hugePage - 1) & ~(hugePage - 1)
            let end = UInt(bitPattern: base + buffer.count) & ~(hugePage - 1)
            if end > start, let pointer = UnsafeMutableRawPointer(bitPattern: start) {
                _ = madvise(pointer, Int(end - start), 14 /* MADV_HUGEPAGE */)
            }
        }
        #endif
    }
}
