namespace Clerk.Pacer.Text;

// The list of active formatting elements: the adoption agency, reconstruction, "Noah's Ark".
internal sealed partial class TokenTreeBuilder
{
    /// <summary>The adoption agency algorithm: closes a formatting element, mending misnested markup around it.</summary>
    private void Adoption(HtmlTag tag)
    {
        var current = Current;
        if (current.Tag.Name == tag.Name && !_formatting.Contains(current))
        {
            Pop();
            return;
        }

        for (int round = 0; round < 8; round++)
        {
            int index = _formatting.Count - 1;
            while (index >= 0 && _formatting[index] is { } candidate && candidate.Tag.Name != tag.Name)
            {
                index--;
            }

            if (index < 0 || _formatting[index] is not { } element)
            {
                AnyOtherEndTag(tag.Name);
                return;
            }

            int position = _stack.LastIndexOf(element);
            if (position < 0)
            {
                _formatting.RemoveAt(index);
                return;
            }

            if (!InScope(element))
            {
                return;
            }

            int furthest = position + 1;
            while (furthest < _stack.Count && !IsSpecial(_stack[furthest].Tag))
            {
                furthest++;
            }

            if (furthest == _stack.Count)
            {
                _stack.RemoveRange(position, _stack.Count - position);
                _formatting.RemoveAt(index);
                return;
            }

            Adopt(element, index, position, _stack[furthest]);
        }
    }

    // The part of the adoption agency that moves nodes, for a formatting element with a block
    // (the furthest block) opened inside it.
    private void Adopt(ParsedNode element, int bookmark, int position, ParsedNode furthestBlock)
    {
        var commonAncestor = _stack[position - 1];
        var lastNode = furthestBlock;
        int nodeIndex = _stack.IndexOf(furthestBlock);
        for (int inner = 1; ; inner++)
        {
            nodeIndex--;
            var node = _stack[nodeIndex];
            if (ReferenceEquals(node, element))
            {
                break;
            }

            int listIndex = _formatting.IndexOf(node);
            if (inner > 3 && listIndex >= 0)
            {
                _formatting.RemoveAt(listIndex);
                if (listIndex < bookmark)
                {
                    bookmark--;
                }

                listIndex = -1;
            }

            if (listIndex < 0)
            {
                _stack.RemoveAt(nodeIndex);
                continue;
            }

            var clone = ParsedNode.Element(node.Tag, node.Attributes);
            _formatting[listIndex] = clone;
            _stack[nodeIndex] = clone;
            if (ReferenceEquals(lastNode, furthestBlock))
            {
                bookmark = listIndex + 1;
            }

            clone.Append(lastNode);
            lastNode = clone;
        }

        InsertAt(commonAncestor, lastNode);
        var adopted = ParsedNode.Element(element.Tag, element.Attributes);
        furthestBlock.MoveChildrenTo(adopted);
        furthestBlock.Append(adopted);
        int oldIndex = _formatting.IndexOf(element);
        _formatting.RemoveAt(oldIndex);
        if (oldIndex < bookmark)
        {
            bookmark--;
        }

        _formatting.Insert(bookmark, adopted);
        _stack.Remove(element);
        _stack.Insert(_stack.IndexOf(furthestBlock) + 1, adopted);
    }

    private void Reconstruct()
    {
        if (_formatting.Count == 0 || _formatting[^1] is not { } last || _stack.Contains(last))
        {
            return;
        }

        int i = _formatting.Count - 1;
        while (i > 0 && _formatting[i - 1] is { } earlier && !_stack.Contains(earlier))
        {
            i--;
        }

        for (; i < _formatting.Count; i++)
        {
            var entry = _formatting[i]!;
            _formatting[i] = Insert(entry.Tag, entry.Attributes);
        }
    }

    private void PushFormatting(ParsedNode element)
    {
        // "Noah's Ark": at most three equal entries after the last marker.
        int count = 0;
        int earliest = -1;
        for (int i = _formatting.Count - 1; i >= 0 && _formatting[i] is { } entry; i--)
        {
            if (entry.Tag.Name == element.Tag.Name && SameAttributes(entry.Attributes, element.Attributes))
            {
                count++;
                earliest = i;
            }
        }

        if (count >= 3)
        {
            _formatting.RemoveAt(earliest);
        }

        _formatting.Add(element);
    }

    private static bool SameAttributes(ParsedAttribute[]? a, ParsedAttribute[]? b)
    {
        ParsedAttribute[] first = a ?? [], second = b ?? [];
        if (first.Length != second.Length)
        {
            return false;
        }

        foreach (var attribute in first)
        {
            if (Array.IndexOf(second, attribute) < 0)
            {
                return false;
            }
        }

        return true;
    }

    // Removes the entries after the last marker, and the marker.
    private void ClearFormattingToMarker()
    {
        int marker = _formatting.LastIndexOf(null);
        _formatting.RemoveRange(Math.Max(marker, 0), _formatting.Count - Math.Max(marker, 0));
    }
}
