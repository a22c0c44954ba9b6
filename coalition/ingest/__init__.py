"""Getting factsheets in: reading files into text, and storing documents with their draft claims."""
