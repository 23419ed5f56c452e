#pragma once
// Keys and characters for ImGui 1.86 without losses on slow frames. Its GLFW
// backend keeps only a per-frame "is down" state: a press and its release that
// arrive between two frames (a quick tap while a frame takes 200 ms) never
// reach a text field, and GLFW's key-repeat events are ignored, so a held
// Backspace deletes one character per frame at best. This queue takes the
// window's key and character events in order and hands ImGui's backend, each
// frame, only what ImGui can tell apart: at most one change per key, no
// characters after a key press (or the reverse) and no modifier change after a
// key press in the same frame (Ctrl let go right after End is still Ctrl+End,
// as people roll off a chord). A repeat
// becomes a release now and a press next frame. The rest waits for the next
// frame; while anything waits, the window keeps drawing (pending()).
struct GLFWwindow;

namespace steppe::ui {

class ImGuiKeyQueue {
public:
  // Call after ImGui's GLFW backend installed its callbacks; replaces the key
  // and character callbacks with this queue's, which pass every event on to
  // GlWindow's at once and to ImGui through feed() (one queue per process).
  // The destructor gives the callbacks back to GlWindow alone.
  explicit ImGuiKeyQueue(GLFWwindow* window);
  ~ImGuiKeyQueue();
  ImGuiKeyQueue(const ImGuiKeyQueue&) = delete;
  ImGuiKeyQueue& operator=(const ImGuiKeyQueue&) = delete;

  // Before ImGui_ImplGlfw_NewFrame: delivers this frame's share of the queue.
  void feed();
  bool pending() const;
  // Drops everything queued (input made while ImGui was not drawing, such as
  // during a full-screen presentation) and releases the keys ImGui thinks are down.
  void discard();

  struct Impl; // the queue, reached from GLFW's callbacks

private:
  Impl* impl_;
};

} // namespace steppe::ui
