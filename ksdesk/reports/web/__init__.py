"""The web editions: what the kommun publishes, as tagged PDF/UA-1 + PDF/A-2a (Typst) and as
semantic HTML, from one document model (model.py) that the builders fill from the same
public edition the paper reports print."""
