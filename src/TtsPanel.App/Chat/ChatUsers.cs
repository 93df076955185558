namespace TtsPanel.App.Chat;

/// <summary>How the panel tells chat users apart.</summary>
public static class ChatUsers
{
    /// <summary>The sender's account id where the source gives one (it survives a rename), the login otherwise.</summary>
    public static string Key(ChatMessage message) => message.UserId ?? message.UserLogin;
}
