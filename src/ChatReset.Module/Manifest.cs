using ChatReset.Module;
using OrchardCore.Modules.Manifest;

[assembly: Module(
    Name = "ChatReset",
    Author = "ChatReset contributors",
    Website = "https://github.com/chatreset/chatreset",
    Version = "0.1.0",
    Category = "Content Management",
    Description = "Salesforce Enhanced Chat that ends cleanly: when an agent ends the session the visitor is told so in the page and cannot start a new session by accident."
)]

[assembly: Feature(
    Id = ChatResetConstants.Features.ChatReset,
    Name = "ChatReset",
    Category = "Content Management",
    Description = "Salesforce Enhanced Chat settings (deployment and wording) and the end-of-chat reset script."
)]

[assembly: Feature(
    Id = ChatResetConstants.Features.Widgets,
    Name = "ChatReset Widgets",
    Category = "Content Management",
    Description = "A Chat widget that places Salesforce Enhanced Chat with ChatReset on the pages of a layer.",
    Dependencies =
    [
        ChatResetConstants.Features.ChatReset,
        "OrchardCore.Widgets",
    ]
)]
