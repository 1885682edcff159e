using OrchardCore.DisplayManagement.Manifest;

[assembly: Theme(
    Name = "ChatReset Theme",
    Author = "ChatReset contributors",
    Website = "https://github.com/chatreset/chatreset",
    Version = "0.1.0",
    Description = "A light Bootstrap 5 theme whose layout has the Header, Content and Footer zones ChatReset's setup recipe uses, with the end-of-chat notice styled to match."
)]
